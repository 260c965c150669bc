namespace Crm.Shared.Infrastructure.Http.Idempotency;

/// <summary>Endpoint metadata naming the module context that stores the endpoint's idempotency records.</summary>
internal sealed record IdempotencyMetadata(Type ContextType);
