/**
 * Signing as the rest of Stocktake asks for it: keys opened from PKCS#12 keystores, self-signed certificates made for
 * those without one, and one stateless {@link org.stocktake.signing.service.SigningService} over the PDF work.
 */
package org.stocktake.signing.service;
