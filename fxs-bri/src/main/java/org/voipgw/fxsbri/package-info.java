/** The analog FXS line and the ISDN BRI port. */
package org.voipgw.fxsbri;
