using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Notes;
using Crm.Shared.Kernel;

namespace Crm.UnitTests.Contacts.Notes;

internal sealed class NoteTests
{
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid Subject = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void Create_WhenTextPadded_KeepsItTrimmed()
    {
        var note = Note.Create(RecordKind.Contact, Subject, "  **Rappeler** \n", Author, Now).Value;

        Assert.That((note.Body, note.AuthorId, note.SubjectId, note.UpdatedAtUtc), Is.EqualTo(("**Rappeler**", Author, Subject, (DateTimeOffset?)null)));
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void Create_WhenNoText_FailsWithBodyInvalid(string? body)
    {
        Assert.That(Note.Create(RecordKind.Company, Subject, body, Author, Now).Error?.Code, Is.EqualTo("note.body_invalid"));
    }

    [Test]
    public void Create_WhenLongerThanTheLimit_FailsWithBodyInvalid()
    {
        var body = new string('a', Note.BodyMaxLength + 1);

        Assert.That(Note.Create(RecordKind.Contact, Subject, body, Author, Now).Error?.Code, Is.EqualTo("note.body_invalid"));
    }

    [Test]
    public void Edit_WhenNotTheAuthor_IsForbiddenAndChangesNothing()
    {
        var note = Note.Create(RecordKind.Contact, Subject, "Devis envoyé", Author, Now).Value;

        var result = note.Edit("Changed", Guid.CreateVersion7(), Now.AddMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That((result.Error?.Code, result.Error?.Kind), Is.EqualTo(("note.not_author", (ErrorKind?)ErrorKind.Forbidden)));
            Assert.That(note.Body, Is.EqualTo("Devis envoyé"));
        });
    }

    [Test]
    public void Edit_ByTheAuthor_ChangesTheTextAndTheTime_UnlessTheTextIsTheSame()
    {
        var note = Note.Create(RecordKind.Contact, Subject, "Devis envoyé", Author, Now).Value;

        note.Edit("Devis envoyé", Author, Now.AddMinutes(1));
        var unchanged = note.UpdatedAtUtc;
        note.Edit("Devis signé", Author, Now.AddMinutes(2));

        Assert.That((unchanged, note.Body, note.UpdatedAtUtc), Is.EqualTo(((DateTimeOffset?)null, "Devis signé", (DateTimeOffset?)Now.AddMinutes(2))));
    }

    [Test]
    public void CheckMayDelete_AllowsTheAuthorOnly()
    {
        var note = Note.Create(RecordKind.Contact, Subject, "x", Author, Now).Value;

        Assert.That((note.CheckMayDelete(Author).IsSuccess, note.CheckMayDelete(Guid.CreateVersion7()).Error?.Code), Is.EqualTo((true, "note.not_author")));
    }
}
