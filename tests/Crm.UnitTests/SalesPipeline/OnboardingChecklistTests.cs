using Crm.Modules.SalesPipeline.Domain.Onboarding;

namespace Crm.UnitTests.SalesPipeline;

internal sealed class OnboardingChecklistTests
{
    private static readonly DateTimeOffset WonAt = new(2027, 3, 10, 16, 30, 0, TimeSpan.Zero);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Trainer = Guid.NewGuid();
    private static readonly Guid Departed = Guid.NewGuid();

    [Test]
    public void Start_GivesEachTaskToItsActiveAssignee_AndTheOthersToTheDealOwner()
    {
        var template = OnboardingTemplate.Create("Nouveau client", [
            new OnboardingStep("Appel de lancement", 2, null),
            new OnboardingStep("Formation", 10, Trainer),
            new OnboardingStep("Point à un mois", 30, Departed),
        ]).Value;

        var checklist = OnboardingChecklist.Start(template, Guid.NewGuid(), Owner, new HashSet<Guid> { Trainer }, WonAt);

        Assert.That(checklist.Tasks.Select(t => (t.Title, t.DueDate, t.AssigneeId)), Is.EqualTo(new[]
        {
            ("Appel de lancement", new DateOnly(2027, 3, 12), Owner),
            ("Formation", new DateOnly(2027, 3, 20), Trainer),
            ("Point à un mois", new DateOnly(2027, 4, 9), Owner),
        }));
    }
}
