using Crm.Modules.SalesPipeline.Features.Deals;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.TickOnboardingTask;

/// <summary>Marks an onboarding task done, or not done again.</summary>
internal sealed record TickOnboardingTask(Guid DealId, int Index, bool Done, VersionPrecondition Precondition) : ICommand<Result<OnboardingChecklistResponse>>;

internal sealed class TickOnboardingTaskHandler(SalesDbContext db, VisibleDealLoader deals, TimeProvider time)
    : ICommandHandler<TickOnboardingTask, Result<OnboardingChecklistResponse>>
{
    public async ValueTask<Result<OnboardingChecklistResponse>> Handle(TickOnboardingTask command, CancellationToken cancellationToken)
    {
        var deal = await deals.LoadAsync(command.DealId, forChange: false, cancellationToken);
        if (!deal.IsSuccess)
        {
            return deal.Error!;
        }

        var checklist = await db.OnboardingChecklists.FirstOrDefaultAsync(c => c.DealId == command.DealId, cancellationToken);
        if (checklist is null)
        {
            return Error.NotFound("onboarding.none", "This deal has no onboarding.");
        }

        var current = command.Precondition.Check(checklist.Version);
        var ticked = current.IsSuccess ? checklist.MarkDone(command.Index, command.Done, time.GetUtcNow()) : current;
        if (!ticked.IsSuccess)
        {
            return ticked.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return OnboardingChecklistResponse.From(checklist);
    }
}
