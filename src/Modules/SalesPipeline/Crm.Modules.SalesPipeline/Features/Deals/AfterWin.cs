using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Deals;
using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Crm.Modules.SalesPipeline.Domain.Orders;
using Crm.Modules.SalesPipeline.Domain.Subscriptions;
using Crm.Modules.SalesPipeline.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SalesPipeline.Features.Deals;

/// <summary>
/// What follows a win, added to the same save: the onboarding of the deal's pipeline (once per deal), and, for an
/// order, the subscription of its recurring products.
/// </summary>
internal sealed class AfterWin(SalesDbContext db, IUserDirectory users, IOptions<SalesOptions> options)
{
    public async Task StartOnboardingAsync(Deal deal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var templateId = await db.Pipelines.Where(p => p.Id == deal.PipelineId).Select(p => p.OnboardingTemplateId).FirstOrDefaultAsync(cancellationToken);
        if (templateId is null || await db.OnboardingChecklists.AnyAsync(c => c.DealId == deal.Id.Value, cancellationToken))
        {
            return;
        }

        var template = await db.OnboardingTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == new OnboardingTemplateId(templateId.Value), cancellationToken);
        if (template is null)
        {
            return;
        }

        // An assignee deactivated since the template was saved hands their tasks to the deal's owner.
        var activeAssignees = new HashSet<Guid>();
        foreach (var assigneeId in template.Steps.Select(s => s.AssigneeId).OfType<Guid>().Distinct())
        {
            if (await users.IsActiveUserAsync(assigneeId, cancellationToken))
            {
                activeAssignees.Add(assigneeId);
            }
        }

        db.OnboardingChecklists.Add(OnboardingChecklist.Start(template, deal.Id.Value, deal.OwnerId, activeAssignees, now));
    }

    public async Task StartSubscriptionAsync(Deal deal, Order order, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var productIds = order.Lines.Select(l => l.ProductId).OfType<Guid>().Select(id => new Domain.Products.ProductId(id)).Distinct().ToList();
        var billing = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id.Value, p => p.Billing, cancellationToken);
        var subscription = Subscription.StartFrom(
            deal.Id.Value, deal.CompanyId, deal.OwnerId, order.Currency, order.Lines, id => billing.TryGetValue(id, out var b) ? b : null, options.Value.SubscriptionTermMonths, now);
        if (subscription is not null)
        {
            db.Subscriptions.Add(subscription);
        }
    }
}
