package org.stocktake.archfixture.service;

import org.bouncycastle.cms.CMSSignedData;

/** A service outside signing that handles signatures itself. */
public final class SignsWithBouncyCastle {
    CMSSignedData signature;
}
