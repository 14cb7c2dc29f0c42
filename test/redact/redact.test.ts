import { describe, expect, it } from 'vitest';
import { MASK, redact } from '../../src/redact/redact.js';

describe('redaction hides the secret, keeps the evidence', () => {
  const secrets: { name: string; text: string; secret: string }[] = [
    { name: 'bearer token', text: 'Authorization: Bearer abcdef0123456789abcdef', secret: 'abcdef0123456789abcdef' },
    { name: 'basic credentials', text: 'Authorization: Basic dXNlcjpwYXNzd29yZA==', secret: 'dXNlcjpwYXNzd29yZA==' },
    { name: 'JWT', text: 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlMTIzNDU2', secret: 'eyJhbGciOiJSUzI1NiJ9' },
    { name: 'URL credentials', text: 'dial postgres://app:s3cretPass@db.shop.svc:5432/orders failed', secret: 's3cretPass' },
    { name: 'AWS access key id', text: 'using AKIAIOSFODNN7EXAMPLE for s3', secret: 'AKIAIOSFODNN7EXAMPLE' },
    { name: 'env var', text: 'DB_PASSWORD=hunter2hunter2', secret: 'hunter2hunter2' },
    { name: 'flag', text: 'args: --api-token=tok_live_12345', secret: 'tok_live_12345' },
    { name: 'kubeconfig field', text: '    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==', secret: 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==' },
    { name: 'JSON password field', text: '{"password": "p@ssw0rd!"}', secret: 'p@ssw0rd!' },
    { name: 'private key block', text: '-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA-----END RSA PRIVATE KEY-----', secret: 'MIIEpAIBAAKCAQEA' },
  ];
  it.each(secrets)('$name', ({ text, secret }) => {
    const out = redact(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(MASK);
  });

  // Real error lines (messages.md §2) that name secrets, tokens and auth but hold none: unchanged.
  const evidence = [
    'Failed to pull image "registry.example.com/shop/web:1.4.2": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    'Error: secret "payments-db" not found',
    'no basic auth credentials',
    'MountVolume.SetUp failed for volume "token-abcde" : secret "default-token-abcde" not found',
    'failed to setup network for sandbox "4f2c": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
    'Basic authentication failed for user admin',
    'Value already masked by the collector: password=***HIDDEN***',
  ];
  it.each(evidence)('leaves evidence as it is: %s', (line) => {
    expect(redact(line)).toBe(line);
  });
});
