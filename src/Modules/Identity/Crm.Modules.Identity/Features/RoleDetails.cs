using Crm.Modules.Identity.Contracts;
using FluentValidation;

namespace Crm.Modules.Identity.Features;

/// <summary>What creating and changing a role both give.</summary>
internal interface IRoleDetails
{
    string? Name { get; }

    IReadOnlyList<string>? Permissions { get; }

    bool RequiresMfa { get; }
}

internal abstract class RoleDetailsValidator<T> : AbstractValidator<T>
    where T : IRoleDetails
{
    protected RoleDetailsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Permissions).NotNull();
        RuleForEach(c => c.Permissions).Must(p => Permissions.All.Contains(p))
            .WithMessage("'{PropertyValue}' is not a permission; GET /api/v1/roles/permissions lists them.");
    }
}
