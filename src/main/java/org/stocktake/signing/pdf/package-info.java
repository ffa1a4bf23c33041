/**
 * PDF signatures: signing a PDF by incremental update (PAdES baseline B, optionally time-stamped) and verifying the
 * signatures a PDF holds, ours or received. The only place in signing that reads or writes PDF.
 */
package org.stocktake.signing.pdf;
