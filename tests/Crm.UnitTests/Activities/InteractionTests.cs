using Crm.Modules.Activities.Domain.Interactions;

namespace Crm.UnitTests.Activities;

internal sealed class InteractionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Contact = Guid.NewGuid();

    [Test]
    public void ACall_NeedsADirectionAnOutcomeAndADurationOfAtMostADay()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Call(null, 60, CallOutcome.Reached).Error?.Code, Is.EqualTo("interaction.call_invalid"));
            Assert.That(Call(CallDirection.Outbound, 60, null).Error?.Code, Is.EqualTo("interaction.call_invalid"));
            Assert.That(Call(CallDirection.Outbound, -1, CallOutcome.Reached).Error?.Code, Is.EqualTo("interaction.duration_invalid"));
            Assert.That(Call(CallDirection.Outbound, InteractionDetails.MaxDurationSeconds + 1, CallOutcome.Reached).Error?.Code, Is.EqualTo("interaction.duration_invalid"));
            Assert.That(Call(CallDirection.Outbound, null, CallOutcome.Reached).Error?.Code, Is.EqualTo("interaction.duration_invalid"));
            Assert.That(Call(CallDirection.Inbound, InteractionDetails.MaxDurationSeconds, CallOutcome.NoAnswer).IsSuccess, Is.True);
            Assert.That(Call(CallDirection.Inbound, 0, CallOutcome.Busy).IsSuccess, Is.True);
        });
    }

    [Test]
    public void AVisitReport_NeedsNotes_AndHasNoCallFields()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Visit("   ").Error?.Code, Is.EqualTo("interaction.notes_required"));
            Assert.That(
                InteractionDetails.Create(InteractionKind.Visit, Now, CallDirection.Inbound, null, null, null, null, "Vu", [Contact], null, null).Error?.Code,
                Is.EqualTo("interaction.visit_invalid"));
            Assert.That(Visit("Vu", location: new string('l', InteractionDetails.LocationMaxLength + 1)).Error?.Code, Is.EqualTo("interaction.location_too_long"));
            Assert.That(Visit(new string('n', InteractionDetails.NotesMaxLength + 1)).Error?.Code, Is.EqualTo("interaction.notes_too_long"));
            var ok = Visit("  Démo faite  ", location: "  Lyon ");
            Assert.That((ok.Value.Notes, ok.Value.Location), Is.EqualTo(("Démo faite", "Lyon")), "trimmed");
        });
    }

    [Test]
    public void AnInteraction_IsLinkedToAtLeastOneRecord_AndAtMostTwentyContacts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, null, "Vu", [], null, null).Error?.Code, Is.EqualTo("interaction.unlinked"));
            Assert.That(InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, null, "Vu", null, Guid.NewGuid(), null).IsSuccess, Is.True);
            Assert.That(InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, null, "Vu", null, null, Guid.NewGuid()).IsSuccess, Is.True);
            var many = Enumerable.Range(0, InteractionDetails.MaxContacts + 1).Select(_ => Guid.NewGuid()).ToList();
            Assert.That(InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, null, "Vu", many, null, null).Error?.Code, Is.EqualTo("interaction.contacts_invalid"));
            var twice = InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, null, "Vu", [Contact, Contact], null, null);
            Assert.That(twice.Value.ContactIds, Is.EqualTo(new[] { Contact }));
        });
    }

    [Test]
    public void Logging_RaisesInteractionLogged_AndDeletingInteractionDeleted_WithTheLinks()
    {
        var loggedBy = Guid.NewGuid();
        var company = Guid.NewGuid();
        var details = InteractionDetails.Create(InteractionKind.Call, Now.AddHours(-1), CallDirection.Outbound, 240, CallOutcome.Reached, "Relance", null, null, [Contact], company, null);
        var interaction = Interaction.Log(details.Value, loggedBy, Now);

        var logged = interaction.DomainEvents.OfType<InteractionLogged>().Single();
        Assert.That((logged.Kind, logged.DurationSeconds, logged.LoggedBy, logged.CompanyId, logged.OccurredAtUtc, logged.HappenedAtUtc),
            Is.EqualTo((InteractionKind.Call, (int?)240, loggedBy, (Guid?)company, Now, Now.AddHours(-1))));
        Assert.That(logged.ContactIds, Is.EqualTo(new[] { Contact }));

        interaction.ClearDomainEvents();
        var other = Guid.NewGuid();
        interaction.Change(InteractionDetails.Create(InteractionKind.Call, Now, CallDirection.Inbound, 0, CallOutcome.NoAnswer, null, null, null, [Contact, other], null, null).Value, Now);
        Assert.That(interaction.Contacts.Select(c => c.ContactId), Is.EqualTo(new[] { Contact, other }));
        var changed = interaction.DomainEvents.OfType<InteractionChanged>().Single();
        Assert.That((changed.Direction, changed.Outcome, changed.LoggedBy), Is.EqualTo(((CallDirection?)CallDirection.Inbound, (CallOutcome?)CallOutcome.NoAnswer, loggedBy)));
        Assert.That(changed.ContactIds, Is.EqualTo(new[] { Contact, other }));
        interaction.MarkDeleted(Now);
        var deleted = interaction.DomainEvents.OfType<InteractionDeleted>().Single();
        Assert.That(deleted.ContactIds, Is.EqualTo(new[] { Contact, other }));
        Assert.That(deleted.CompanyId, Is.Null);
    }

    private static Crm.Shared.Kernel.Result<InteractionDetails> Call(CallDirection? direction, int? duration, CallOutcome? outcome) =>
        InteractionDetails.Create(InteractionKind.Call, Now, direction, duration, outcome, null, null, null, [Contact], null, null);

    private static Crm.Shared.Kernel.Result<InteractionDetails> Visit(string? notes, string? location = null) =>
        InteractionDetails.Create(InteractionKind.Visit, Now, null, null, null, null, location, notes, [Contact], null, null);
}
