// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.plan;

/**
 * What in a task came from a weak guess, so the import review can ask the clerk to check it first: the
 * text of a row rebuilt from a table the web page flattened (TEXT), units copied from the row above or
 * handed down from the heading (UNITS), a time limit copied from the row above or a cell that names no
 * date (DEADLINE).
 */
public enum Doubt { TEXT, UNITS, DEADLINE }
