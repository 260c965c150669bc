using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Contacts;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.MergeContacts;

/// <summary>
/// Folds <see cref="SourceIds"/> into the contact <see cref="TargetId"/>: its single fields take the chosen values,
/// it gains every email, phone number, company and tag, their notes and timelines move to it; the others are hidden,
/// not deleted, so the merge can be undone for 30 days.
/// </summary>
internal sealed record MergeContacts(Guid TargetId, VersionPrecondition Precondition, IReadOnlyList<Guid>? SourceIds, MergeChoices? Fields)
    : ICommand<Result<MergeResult>>;

internal sealed class MergeContactsValidator : AbstractValidator<MergeContacts>
{
    public const int MaxSources = 10;

    public MergeContactsValidator()
    {
        RuleFor(m => m.SourceIds).NotEmpty().WithMessage("Name the contacts to merge into this one in sourceIds.");
        RuleFor(m => m.SourceIds!.Count).LessThanOrEqualTo(MaxSources).When(m => m.SourceIds is not null).OverridePropertyName("SourceIds");
        RuleFor(m => m.SourceIds).Must((m, ids) => ids!.Distinct().Count() == ids!.Count && !ids.Contains(m.TargetId))
            .When(m => m.SourceIds is not null).WithMessage("Each contact is named once, and the kept contact is not among those merged into it.");
        RuleFor(m => m.Fields).Must((m, f) => f!.ChosenIds().All(id => id == m.TargetId || m.SourceIds!.Contains(id)))
            .When(m => m.Fields is not null && m.SourceIds is not null).WithMessage("A chosen value comes from one of the contacts merged.");
    }
}

internal sealed class MergeContactsHandler(
    ContactsDbContext db, IRecordVisibility visibility, ICurrentUser currentUser, IUserDirectory directory, LinkedCompanies companies, TimeProvider time)
    : ICommandHandler<MergeContacts, Result<MergeResult>>
{
    public async ValueTask<Result<MergeResult>> Handle(MergeContacts command, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Contacts, cancellationToken);
        var ids = command.SourceIds!.Select(id => new ContactId(id)).Append(new ContactId(command.TargetId)).ToList();
        var contacts = await db.Contacts.VisibleTo(visible).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        if (ids.Find(id => contacts.TrueForAll(c => c.Id != id)) is var missing && missing != default)
        {
            return ContactErrors.NotFound(missing.Value);
        }

        var target = contacts.Single(c => c.Id.Value == command.TargetId);
        var current = command.Precondition.Check(target.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var sources = command.SourceIds!.Select(id => contacts.Single(c => c.Id.Value == id)).ToList();
        var merged = MergedDetails.Of(target, sources, command.Fields ?? MergeChoices.None);
        if (!merged.IsSuccess)
        {
            return merged.Error;
        }

        if (merged.Value.OwnerId != target.OwnerId && !await directory.IsActiveUserAsync(merged.Value.OwnerId, cancellationToken))
        {
            return ContactErrors.OwnerUnknown(merged.Value.OwnerId);
        }

        var now = time.GetUtcNow();
        var before = ContactSnapshot.Of(target);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await MergedEntries.MoveAsync(db, RecordKind.Contact, [.. sources.Select(s => s.Id.Value)], target.Id.Value, cancellationToken);
        target.Update(merged.Value.Details, now);
        target.AssignOwner(merged.Value.OwnerId, now);
        sources.ForEach(s => s.FoldInto(target.Id));
        target.AdoptExternalId(sources.Select(s => s.ExternalId).FirstOrDefault(e => e is not null));
        var merge = ContactMerge.Record(target.Id.Value, [.. sources.Select(s => s.Id.Value)], before, moved, currentUser.Id, now);
        db.Merges.Add(merge);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MergeResult(MergeResponse.From(merge), ContactResponse.From(target, await companies.NamesAsync([target], cancellationToken)));
    }
}
