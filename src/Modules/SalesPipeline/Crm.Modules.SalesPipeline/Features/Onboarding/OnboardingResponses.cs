using Crm.Modules.SalesPipeline.Domain.Onboarding;

namespace Crm.Modules.SalesPipeline.Features.Onboarding;

internal sealed record OnboardingStepDto(string Title, int OffsetDays, Guid? AssigneeId);

internal sealed record OnboardingTemplateResponse(Guid Id, string Name, IReadOnlyList<OnboardingStepDto> Steps, int Version)
{
    public static OnboardingTemplateResponse From(OnboardingTemplate template) =>
        new(template.Id.Value, template.Name, [.. template.Steps.Select(s => new OnboardingStepDto(s.Title, s.OffsetDays, s.AssigneeId))], template.Version);
}

internal sealed record OnboardingTemplateRequest(string? Name, IReadOnlyList<OnboardingStepDto>? Steps)
{
    public IReadOnlyList<OnboardingStep> ToSteps() => [.. (Steps ?? []).Select(s => new OnboardingStep(s.Title ?? string.Empty, s.OffsetDays, s.AssigneeId))];
}

internal sealed record OnboardingTaskResponse(int Index, string Title, DateOnly DueDate, Guid AssigneeId, DateTimeOffset? DoneAtUtc);

internal sealed record OnboardingChecklistResponse(Guid Id, Guid DealId, string TemplateName, DateTimeOffset StartedAtUtc, IReadOnlyList<OnboardingTaskResponse> Tasks, int Version)
{
    public static OnboardingChecklistResponse From(OnboardingChecklist checklist) => new(
        checklist.Id,
        checklist.DealId,
        checklist.TemplateName,
        checklist.StartedAtUtc,
        [.. checklist.Tasks.Select((t, i) => new OnboardingTaskResponse(i, t.Title, t.DueDate, t.AssigneeId, t.DoneAtUtc))],
        checklist.Version);
}
