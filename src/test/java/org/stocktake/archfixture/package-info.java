/**
 * Classes that break the architecture rules on purpose, one rule each, so that the architecture test can show every
 * rule catches what it forbids. Nothing in the product uses them.
 */
package org.stocktake.archfixture;
