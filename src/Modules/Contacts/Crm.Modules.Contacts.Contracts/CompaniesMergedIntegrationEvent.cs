using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Contracts;

/// <summary>
/// The companies <see cref="SourceIds"/> were merged into <see cref="TargetId"/>: a module holding a reference to one of
/// them points it to the target. Merges can be undone (<see cref="CompaniesMergeUndoneIntegrationEvent"/>).
/// </summary>
public sealed record CompaniesMergedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAtUtc,
    Guid MergeId,
    Guid TargetId,
    IReadOnlyList<Guid> SourceIds) : IIntegrationEvent;
