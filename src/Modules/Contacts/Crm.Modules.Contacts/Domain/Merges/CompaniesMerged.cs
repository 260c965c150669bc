using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Domain.Merges;

internal sealed record CompaniesMerged(MergeId MergeId, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;

internal sealed record CompaniesMergeUndone(MergeId MergeId, Guid TargetId, IReadOnlyList<Guid> SourceIds, DateTimeOffset OccurredAtUtc) : IDomainEvent;
