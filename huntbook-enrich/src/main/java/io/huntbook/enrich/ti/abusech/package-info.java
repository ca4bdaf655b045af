/**
 * abuse.ch's platforms, one provider each: URLhaus (malware distribution URLs and hosts), ThreatFox (IoCs of malware
 * and botnets) and MalwareBazaar (malware samples by hash). All take the abuse.ch {@code Auth-Key}.
 */
@NullMarked
package io.huntbook.enrich.ti.abusech;

import org.jspecify.annotations.NullMarked;
