using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>A merge was undone: the contacts <see cref="SourceIds"/> exist again beside <see cref="TargetId"/>.</summary>
public sealed record ContactsMergeUndoneIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid MergeId,
    Guid TargetId,
    IReadOnlyList<Guid> SourceIds) : IIntegrationEvent;
