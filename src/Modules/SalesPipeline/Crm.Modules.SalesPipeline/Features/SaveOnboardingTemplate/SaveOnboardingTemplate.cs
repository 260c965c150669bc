using Crm.Modules.Identity.Contracts;
using Crm.Modules.SalesPipeline.Domain.Onboarding;
using Crm.Modules.SalesPipeline.Features.Onboarding;
using Crm.Modules.SalesPipeline.Persistence;
using Crm.Shared.Kernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.SalesPipeline.Features.SaveOnboardingTemplate;

/// <summary>
/// Creates an onboarding template (no id) or rewrites one (its id, with the version read). Checklists already started
/// keep their tasks. A task's named assignee must be an active user.
/// </summary>
internal sealed record SaveOnboardingTemplate(Guid? Id, OnboardingTemplateRequest Request, VersionPrecondition? Precondition) : ICommand<Result<OnboardingTemplateResponse>>;

internal sealed class SaveOnboardingTemplateHandler(SalesDbContext db, IUserDirectory users) : ICommandHandler<SaveOnboardingTemplate, Result<OnboardingTemplateResponse>>
{
    public async ValueTask<Result<OnboardingTemplateResponse>> Handle(SaveOnboardingTemplate command, CancellationToken cancellationToken)
    {
        if (command.Id is not { } id)
        {
            var created = OnboardingTemplate.Create(command.Request.Name, command.Request.ToSteps());
            var assignees = created.IsSuccess ? await CheckAssigneesAsync(created.Value.Steps, cancellationToken) : created;
            if (!assignees.IsSuccess)
            {
                return assignees.Error!;
            }

            db.OnboardingTemplates.Add(created.Value);
            await db.SaveChangesAsync(cancellationToken);
            return OnboardingTemplateResponse.From(created.Value);
        }

        var template = await db.OnboardingTemplates.FirstOrDefaultAsync(t => t.Id == new OnboardingTemplateId(id), cancellationToken);
        if (template is null)
        {
            return Error.NotFound("onboarding.template_not_found", $"No onboarding template has the id {id}.");
        }

        var current = command.Precondition!.Check(template.Version);
        var changed = current.IsSuccess ? template.Change(command.Request.Name, command.Request.ToSteps()) : current;
        changed = changed.IsSuccess ? await CheckAssigneesAsync(template.Steps, cancellationToken) : changed;
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return OnboardingTemplateResponse.From(template);
    }

    private async Task<Result> CheckAssigneesAsync(IReadOnlyList<OnboardingStep> steps, CancellationToken cancellationToken)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].AssigneeId is { } assigneeId && !await users.IsActiveUserAsync(assigneeId, cancellationToken))
            {
                return Error.RuleBroken(
                    "onboarding.assignee_inactive",
                    $"Task {i + 1} (\"{steps[i].Title}\"): the assignee {assigneeId} is not an active user. Choose another one, or none for the deal's owner.")
                    with { Extensions = new Dictionary<string, object?> { ["task"] = i + 1 } };
            }
        }

        return Result.Success();
    }
}
