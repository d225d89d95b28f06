/** The five gateway models as data and the Raspberry Pi binding. */
package org.voipgw.boards;
