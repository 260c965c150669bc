using Crm.Modules.SalesPipeline.Features.LostReasons;
using Crm.Modules.SalesPipeline.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListLostReasons;

/// <summary>The lost reasons in the administrators' order, retired ones last.</summary>
internal sealed record ListLostReasons : IQuery<IReadOnlyList<LostReasonResponse>>;

internal sealed class ListLostReasonsHandler(SalesDbContext db) : IQueryHandler<ListLostReasons, IReadOnlyList<LostReasonResponse>>
{
    public async ValueTask<IReadOnlyList<LostReasonResponse>> Handle(ListLostReasons query, CancellationToken cancellationToken)
    {
        var reasons = await db.LostReasons.AsNoTracking()
            .OrderByDescending(r => r.IsActive).ThenBy(r => r.Position).ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        return [.. reasons.Select(LostReasonResponse.From)];
    }
}
