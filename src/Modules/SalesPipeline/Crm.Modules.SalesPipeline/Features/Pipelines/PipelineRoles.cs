using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Crm.Modules.SalesPipeline.Domain.Pipelines;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.Pipelines;

/// <summary>Gives a pipeline its onboarding template and makes it the renewals pipeline (taking the role from any other).</summary>
internal sealed class PipelineRoles(SalesDbContext db)
{
    public async Task<Result> ApplyAsync(Pipeline pipeline, PipelineRequest request, CancellationToken cancellationToken)
    {
        if (request.OnboardingTemplateId is { } templateId
            && !await db.OnboardingTemplates.AnyAsync(t => t.Id == new OnboardingTemplateId(templateId), cancellationToken))
        {
            return Error.Validation("pipeline.onboarding_unknown", $"No onboarding template has the id {templateId}.");
        }

        var forRenewals = request.ForRenewals ?? pipeline.ForRenewals;
        if (forRenewals && !pipeline.ForRenewals)
        {
            foreach (var other in await db.Pipelines.Where(p => p.ForRenewals && p.Id != pipeline.Id).ToListAsync(cancellationToken))
            {
                other.Serve(false, other.OnboardingTemplateId);
            }
        }

        pipeline.Serve(forRenewals, request.OnboardingTemplateId);
        return Result.Success();
    }
}
