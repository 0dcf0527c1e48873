/**
 * Keys that keep a signed appellant's identity secret at rest: the host's
 * {@link kg.trustbox.keys.KeyProvider}, the default {@link kg.trustbox.keys.HostKeys} and the
 * {@link kg.trustbox.keys.EncryptedIdentity} a store keeps instead of a name and contacts.
 *
 * <p>Envelope encryption: each identity is encrypted with AES-256-GCM under a data key of its own,
 * and that data key is stored wrapped by one of the host's keys. Destroying an identity's row
 * destroys its data key (crypto-shredding); retiring a host key after rewrapping the keys still in
 * use makes the identities purged before unreadable even in old backups.
 */
package kg.trustbox.keys;
