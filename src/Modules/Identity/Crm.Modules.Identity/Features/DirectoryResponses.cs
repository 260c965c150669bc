namespace Crm.Modules.Identity.Features;

/// <summary>
/// A colleague as every role holding <c>directory.read</c> sees them: a name to show on records and to choose in pickers,
/// and their team.
/// Deactivated users stay listed (<see cref="IsActive"/> false) so that the records they owned still show who it was.
/// </summary>
internal sealed record DirectoryPersonResponse(Guid Id, string DisplayName, Guid? TeamId, bool IsActive);

internal sealed record DirectoryTeamResponse(Guid Id, string Name, Guid? ParentTeamId, Guid? ManagerId);
