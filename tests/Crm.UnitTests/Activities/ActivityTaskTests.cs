using Crm.Modules.Activities.Domain.Tasks;

namespace Crm.UnitTests.Activities;

internal sealed class ActivityTaskTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Create_WhenTheTitleIsBlankOrTooLong_IsRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Details("   ").Error?.Code, Is.EqualTo("task.title_invalid"));
            Assert.That(Details(new string('a', TaskDetails.TitleMaxLength + 1)).Error?.Code, Is.EqualTo("task.title_invalid"));
            Assert.That(Details("  Rappeler  ").Value.Title, Is.EqualTo("Rappeler"), "trimmed");
            Assert.That(Details(new string('a', TaskDetails.TitleMaxLength)).IsSuccess, Is.True);
        });
    }

    [Test]
    public void Create_WhenDueOnADayAndAtATime_IsRefused()
    {
        var both = TaskDetails.Create("Rappeler", null, new DateOnly(2026, 12, 1), Now, TaskPriority.Normal, null, null);

        Assert.That(both.Error?.Code, Is.EqualTo("task.due_ambiguous"));
    }

    [Test]
    public void Create_WhenTheRelatedRecordIsHalfGivenOrOfAnUnknownType_IsRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, "deal", null).Error?.Code, Is.EqualTo("task.related_invalid"));
            Assert.That(TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, null, Guid.NewGuid()).Error?.Code, Is.EqualTo("task.related_invalid"));
            Assert.That(TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, "invoice", Guid.NewGuid()).Error?.Code, Is.EqualTo("task.related_invalid"));
            Assert.That(TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, "ticket", Guid.NewGuid()).IsSuccess, Is.True);
        });
    }

    [Test]
    public void Create_WhenTheDescriptionIsBlankOrTooLong_DropsOrRefusesIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(TaskDetails.Create("Rappeler", "  ", null, null, TaskPriority.Normal, null, null).Value.Description, Is.Null);
            Assert.That(
                TaskDetails.Create("Rappeler", new string('d', TaskDetails.DescriptionMaxLength + 1), null, null, TaskPriority.Normal, null, null).Error?.Code,
                Is.EqualTo("task.description_too_long"));
        });
    }

    [Test]
    public void Create_WhenDueAtAnOffsetTime_StoresItInUtc()
    {
        var due = TaskDetails.Create("Rappeler", null, null, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)), TaskPriority.High, null, null).Value;

        Assert.That((due.DueAtUtc!.Value.Offset, due.DueAtUtc.Value.Hour), Is.EqualTo((TimeSpan.Zero, 9)));
    }

    [Test]
    public void Complete_WhenOpen_RecordsWhoAndWhen_AndRaisesTaskCompleted()
    {
        var (assignee, by, deal) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var task = ActivityTask.Create(TaskDetails.Create("Rappeler", null, null, null, TaskPriority.Normal, "deal", deal).Value, assignee, TaskSource.User, by, Now);

        var completed = task.Complete(by, Now.AddHours(1));

        Assert.Multiple(() =>
        {
            Assert.That(completed.IsSuccess, Is.True);
            Assert.That((task.Status, task.CompletedBy, task.CompletedAtUtc), Is.EqualTo((TaskState.Done, (Guid?)by, (DateTimeOffset?)Now.AddHours(1))));
            var raised = task.DomainEvents.OfType<TaskCompleted>().Single();
            Assert.That((raised.AssigneeId, raised.RelatedType, raised.RelatedId), Is.EqualTo((assignee, "deal", (Guid?)deal)));
        });
    }

    [Test]
    public void Complete_WhenDoneOrCancelled_IsAConflict()
    {
        var done = NewTask();
        done.Complete(null, Now);
        var cancelled = NewTask();
        cancelled.Cancel();

        Assert.Multiple(() =>
        {
            Assert.That(done.Complete(null, Now).Error?.Code, Is.EqualTo("task.not_open"));
            Assert.That(cancelled.Complete(null, Now).Error?.Code, Is.EqualTo("task.not_open"));
            Assert.That(cancelled.Cancel().Error?.Code, Is.EqualTo("task.not_open"));
            Assert.That(done.DomainEvents.OfType<TaskCompleted>().Count(), Is.EqualTo(1), "a refused completion raises nothing");
        });
    }

    [Test]
    public void Reopen_WhenDone_ForgetsTheCompletion_AndWhenOpen_IsAConflict()
    {
        var task = NewTask();
        Assert.That(task.Reopen().Error?.Code, Is.EqualTo("task.already_open"));
        task.Complete(Guid.NewGuid(), Now);

        var reopened = task.Reopen();

        Assert.Multiple(() =>
        {
            Assert.That(reopened.IsSuccess, Is.True);
            Assert.That((task.Status, task.CompletedBy, task.CompletedAtUtc), Is.EqualTo((TaskState.Open, (Guid?)null, (DateTimeOffset?)null)));
        });
    }

    private static Crm.Shared.Kernel.Result<TaskDetails> Details(string title) => TaskDetails.Create(title, null, null, null, TaskPriority.Normal, null, null);

    private static ActivityTask NewTask() => ActivityTask.Create(Details("Rappeler").Value, Guid.NewGuid(), TaskSource.User, null, Now);
}
