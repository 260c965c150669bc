using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.GetDealOnboarding;

/// <summary>A won deal's onboarding tasks.</summary>
internal sealed record GetDealOnboarding(Guid DealId) : IQuery<Result<OnboardingChecklistResponse>>;

internal sealed class GetDealOnboardingHandler(SalesDbContext db, VisibleDealLoader deals) : IQueryHandler<GetDealOnboarding, Result<OnboardingChecklistResponse>>
{
    public async ValueTask<Result<OnboardingChecklistResponse>> Handle(GetDealOnboarding query, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(query.DealId, forChange: false, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        var checklist = await db.OnboardingChecklists.AsNoTracking().FirstOrDefaultAsync(c => c.DealId == query.DealId, cancellationToken);
        return checklist is null
            ? Error.NotFound("onboarding.none", "This deal has no onboarding: it starts when a deal of a pipeline with an onboarding template is won.")
            : OnboardingChecklistResponse.From(checklist);
    }
}
