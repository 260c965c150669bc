using Crm.Shared.Kernel;

namespace Crm.Modules.Identity.Contracts;

/// <summary>A user can no longer sign in; their records keep their owner.</summary>
public sealed record UserDeactivatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, Guid UserId) : IIntegrationEvent;

public sealed record UserReactivatedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, Guid UserId) : IIntegrationEvent;

/// <summary>A user chose another IANA time zone: what they gave as local times (reminders) is read in it from now on.</summary>
public sealed record UserTimeZoneChangedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, Guid UserId, string TimeZone) : IIntegrationEvent;

/// <summary>A user joined <paramref name="TeamId"/>, or left every team when it is null.</summary>
public sealed record TeamMembershipChangedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, Guid UserId, Guid? TeamId) : IIntegrationEvent;

/// <summary>A team was created, renamed, given another manager or parent, or deleted.</summary>
public sealed record TeamChangedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, Guid TeamId) : IIntegrationEvent;

/// <summary>An administrator set who sees records of <paramref name="RecordType"/>.</summary>
public sealed record RecordVisibilityChangedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAtUtc, string RecordType, string Scope) : IIntegrationEvent;
