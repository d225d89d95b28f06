package org.voipgw.led.status;

/**
 * Hardware faults the ALARM lamp reports red (guide: ハード障害（FLASH、SDRAM、DSP、SLIC）; the guide
 * prints "SDASH", a typo for SDRAM). The guide's remedy is a power-cycle, then a fault report.
 */
public enum HardwareFault { FLASH, SDRAM, DSP, SLIC }
