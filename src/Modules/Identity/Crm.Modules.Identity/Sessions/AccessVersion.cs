namespace Crm.Modules.Identity.Sessions;

/// <summary>
/// The one row of <c>access_versions</c>: a new random value with every saved change to what a session's roles and
/// permissions are computed from (roles, their permissions and MFA rule, who holds which role, user claims). Every host
/// process reads it with the caller's security stamp on each request (<see cref="SessionAccess"/>), so a cached
/// principal built under another value is rebuilt there, whichever process made the change. A random value, not a
/// counter: two concurrent changes can never write the same value, whatever each read before.
/// </summary>
internal sealed class AccessVersion
{
    public const int RowId = 1;

    public int Id { get; init; } = RowId;

    public Guid Version { get; set; }
}
