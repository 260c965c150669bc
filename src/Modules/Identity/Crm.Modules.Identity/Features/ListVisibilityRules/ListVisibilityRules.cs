using Crm.Modules.Identity.Contracts;
using Crm.Modules.Identity.Persistence;
using Crm.Modules.Identity.Teams;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Identity.Features.ListVisibilityRules;

/// <summary>The visibility of every record type, the default filled in for types no administrator has set.</summary>
internal sealed record ListVisibilityRules : IQuery<IReadOnlyList<VisibilityRuleResponse>>;

internal sealed class ListVisibilityRulesHandler(IdentityModuleDbContext db) : IQueryHandler<ListVisibilityRules, IReadOnlyList<VisibilityRuleResponse>>
{
    public async ValueTask<IReadOnlyList<VisibilityRuleResponse>> Handle(ListVisibilityRules query, CancellationToken cancellationToken)
    {
        var set = await db.RecordVisibilityRules.AsNoTracking().ToDictionaryAsync(r => r.RecordType, r => r.Scope, cancellationToken);
        return [.. RecordTypes.All.Select(type => new VisibilityRuleResponse(type, set.GetValueOrDefault(type, RecordVisibilityRule.DefaultScope)))];
    }
}
