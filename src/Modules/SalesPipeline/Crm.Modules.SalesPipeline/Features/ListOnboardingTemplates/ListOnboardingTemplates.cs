using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Modules.SalesPipeline.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.ListOnboardingTemplates;

internal sealed record ListOnboardingTemplates : IQuery<IReadOnlyList<OnboardingTemplateResponse>>;

internal sealed class ListOnboardingTemplatesHandler(SalesDbContext db) : IQueryHandler<ListOnboardingTemplates, IReadOnlyList<OnboardingTemplateResponse>>
{
    public async ValueTask<IReadOnlyList<OnboardingTemplateResponse>> Handle(ListOnboardingTemplates query, CancellationToken cancellationToken) =>
        [.. (await db.OnboardingTemplates.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken)).Select(OnboardingTemplateResponse.From)];
}
