/** The gateway's local web UI. */
package org.voipgw.webui;
