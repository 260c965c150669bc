using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Crm.Modules.Identity.Visibility;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.SetVisibilityRule;

internal sealed record SetVisibilityRule(string RecordType, string? Scope) : ICommand<Result<VisibilityRuleResponse>>;

internal sealed class SetVisibilityRuleValidator : AbstractValidator<SetVisibilityRule>
{
    public SetVisibilityRuleValidator() =>
        RuleFor(c => c.Scope).Must(s => s is not null && VisibilityScopes.Values.Contains(s))
            .WithMessage($"Scope is one of: {string.Join(", ", VisibilityScopes.Values)}.");
}

internal sealed class SetVisibilityRuleHandler(IdentityModuleDbContext db, DirectoryCache directory, ICurrentUser caller, TimeProvider time)
    : ICommandHandler<SetVisibilityRule, Result<VisibilityRuleResponse>>
{
    public async ValueTask<Result<VisibilityRuleResponse>> Handle(SetVisibilityRule command, CancellationToken cancellationToken)
    {
        var allowedToChange = RoleGrants.CheckCallerSeesEverything(caller);
        if (!allowedToChange.IsSuccess)
        {
            return allowedToChange.Error!;
        }

        if (!RecordTypes.All.Contains(command.RecordType))
        {
            return Error.NotFound("visibility.record_type_unknown", $"There is no record type '{command.RecordType}'; the types are: {string.Join(", ", RecordTypes.All)}.");
        }

        var now = time.GetUtcNow();
        var rule = await db.RecordVisibilityRules.FirstOrDefaultAsync(r => r.RecordType == command.RecordType, cancellationToken);
        if (rule is null)
        {
            rule = new RecordVisibilityRule { RecordType = command.RecordType, Scope = command.Scope! };
            db.RecordVisibilityRules.Add(rule);
        }

        rule.Scope = command.Scope!;
        rule.ChangedAtUtc = now.ToStoredPrecision();
        db.AddIntegrationEvent(new RecordVisibilityChangedIntegrationEvent(TypedId.NewValue(), now, rule.RecordType, rule.Scope));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("visibility.changed", "Someone else set this rule at the same moment: read it again.");
        }

        directory.Invalidate();
        return new VisibilityRuleResponse(rule.RecordType, rule.Scope);
    }
}
