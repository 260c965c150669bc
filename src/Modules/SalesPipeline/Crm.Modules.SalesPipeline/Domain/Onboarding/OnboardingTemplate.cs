using Crm.Shared.Kernel;

namespace Crm.Modules.SalesPipeline.Domain.Onboarding;

/// <summary>The tasks that follow a win, chosen per pipeline: "kick-off call on day 2, training on day 10…".</summary>
internal sealed class OnboardingTemplate : AggregateRoot<OnboardingTemplateId>
{
    public const int NameMaxLength = 100;
    public const int TitleMaxLength = 200;
    public const int MaxSteps = 50;
    public const int MaxOffsetDays = 365;

    private List<OnboardingStep> _steps = [];

    private OnboardingTemplate(OnboardingTemplateId id)
        : base(id)
    {
    }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<OnboardingStep> Steps => _steps;

    public static Result<OnboardingTemplate> Create(string? name, IReadOnlyList<OnboardingStep> steps)
    {
        var template = new OnboardingTemplate(OnboardingTemplateId.New());
        var written = template.Change(name, steps);
        return written.IsSuccess ? template : written.Error!;
    }

    public Result Change(string? name, IReadOnlyList<OnboardingStep> steps)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > NameMaxLength)
        {
            return Error.Validation("onboarding.name_invalid", $"An onboarding template needs a name of 1 to {NameMaxLength} characters.");
        }

        if (steps.Count is 0 or > MaxSteps)
        {
            return Error.Validation("onboarding.steps_invalid", $"An onboarding template holds 1 to {MaxSteps} tasks.");
        }

        var bad = steps.Select((s, i) => (Step: s, Position: i + 1))
            .FirstOrDefault(s => string.IsNullOrWhiteSpace(s.Step.Title) || s.Step.Title.Trim().Length > TitleMaxLength || s.Step.OffsetDays is < 0 or > MaxOffsetDays);
        if (bad.Step is not null)
        {
            return Error.Validation(
                "onboarding.step_invalid",
                $"Task {bad.Position}: give it a title of 1 to {TitleMaxLength} characters, due 0 to {MaxOffsetDays} days after the win.");
        }

        Name = trimmed;
        _steps = [.. steps.Select(s => s with { Title = s.Title.Trim() })];
        return Result.Success();
    }
}
