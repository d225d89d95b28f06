/**
 * The box's settings: keys with defaults and validators (SettingKey, Validators), the all-or-nothing
 * store (Settings) and its flash file (FileSettingsStore, through hal's Flash).
 *
 * <p>May use: hal (flash). Nothing else in agent.
 */
package org.voipgw.agent.settings;
