/**
 * Receipts for paper appeals: a code printed on the appeal form and on the stub the parent
 * keeps, with which an anonymous parent later learns what became of the appeal without ever saying
 * who they are.
 */
package kg.trustbox.receipt;
