/** LAPD/Q.921 and Q.931 for the PRI span and the BRI ports. */
package org.voipgw.isdn;
