namespace Crm.Modules.Identity.Features;

internal sealed record RoleResponse(Guid Id, string Name, bool IsBuiltIn, bool RequiresMfa, IReadOnlyList<string> Permissions);
