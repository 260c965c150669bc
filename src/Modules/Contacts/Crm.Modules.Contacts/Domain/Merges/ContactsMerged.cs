using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

internal sealed record ContactsMerged(MergeId MergeId, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record ContactsMergeUndone(MergeId MergeId, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
