using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A company merge was undone: the companies <see cref="SourceIds"/> exist again beside <see cref="TargetId"/>.</summary>
public sealed record CompaniesMergeUndoneIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid MergeId,
    Guid TargetId,
    IReadOnlyList<Guid> SourceIds) : IIntegrationEvent;
