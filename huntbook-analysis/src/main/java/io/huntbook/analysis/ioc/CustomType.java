package io.huntbook.analysis.ioc;

import java.util.regex.Pattern;

/** A type found by a user's regular expression. */
record CustomType(IocDefinition type, Pattern pattern) {}
