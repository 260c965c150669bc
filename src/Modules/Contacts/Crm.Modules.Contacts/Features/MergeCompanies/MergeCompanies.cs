using Crm.Modules.Contacts.Domain.Common;
using Crm.Modules.Contacts.Domain.Companies;
using Crm.Modules.Contacts.Domain.Merges;
using Crm.Modules.Contacts.Features.Companies;
using Crm.Modules.Contacts.Features.Merges;
using Crm.Modules.Contacts.Persistence;
using Crm.Modules.Identity.Contracts;
using Crm.Shared.Kernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Contacts.Features.MergeCompanies;

/// <summary>
/// Folds the companies <see cref="MergeIds"/> into <see cref="KeepId"/>: its fields take the chosen values, it gains
/// every tag, their notes, timelines, contacts and subsidiaries move to it; the others are hidden, not deleted, so the
/// merge can be undone for 30 days.
/// </summary>
internal sealed record MergeCompanies(Guid KeepId, VersionPrecondition Precondition, IReadOnlyList<Guid>? MergeIds, CompanyMergeChoices? Fields)
    : ICommand<Result<CompanyMergeResult>>;

internal sealed class MergeCompaniesValidator : AbstractValidator<MergeCompanies>
{
    public const int MaxMerged = 10;

    public MergeCompaniesValidator()
    {
        RuleFor(m => m.MergeIds).NotEmpty().WithMessage("Name the companies to merge into the kept one in mergeIds.");
        RuleFor(m => m.MergeIds!.Count).LessThanOrEqualTo(MaxMerged).When(m => m.MergeIds is not null).OverridePropertyName("MergeIds");
        RuleFor(m => m.MergeIds).Must((m, ids) => ids!.Distinct().Count() == ids!.Count && !ids.Contains(m.KeepId))
            .When(m => m.MergeIds is not null).WithMessage("Each company is named once, and the kept company is not among those merged into it.");
        RuleFor(m => m.Fields).Must((m, f) => f!.ChosenIds().All(id => id == m.KeepId || m.MergeIds!.Contains(id)))
            .When(m => m.Fields is not null && m.MergeIds is not null).WithMessage("A chosen value comes from one of the companies merged.");
    }
}

internal sealed class MergeCompaniesHandler(
    ContactsDbContext db, IRecordVisibility visibility, ICurrentUser currentUser, IUserDirectory directory, CompanyParent parents, TimeProvider time)
    : ICommandHandler<MergeCompanies, Result<CompanyMergeResult>>
{
    public async ValueTask<Result<CompanyMergeResult>> Handle(MergeCompanies command, CancellationToken cancellationToken)
    {
        var visible = await visibility.ForCurrentUserAsync(RecordTypes.Companies, cancellationToken);
        var ids = command.MergeIds!.Select(id => new CompanyId(id)).Prepend(new CompanyId(command.KeepId)).ToList();
        var companies = await db.Companies.VisibleTo(visible).Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        if (ids.Find(id => companies.TrueForAll(c => c.Id != id)) is var missing && missing != default)
        {
            return CompanyErrors.NotFound(missing.Value);
        }

        var target = companies.Single(c => c.Id.Value == command.KeepId);
        var current = command.Precondition.Check(target.Version);
        if (!current.IsSuccess)
        {
            return current.Error;
        }

        var sources = command.MergeIds!.Select(id => companies.Single(c => c.Id.Value == id)).ToList();
        var merged = MergedCompany.Of(target, sources, command.Fields ?? CompanyMergeChoices.None);
        if (!merged.IsSuccess)
        {
            return merged.Error;
        }

        if (await parents.LeadsIntoAsync(merged.Value.ParentCompanyId, ids.ToHashSet(), cancellationToken))
        {
            return CompanyErrors.ParentLoop();
        }

        if (merged.Value.OwnerId != target.OwnerId && !await directory.IsActiveUserAsync(merged.Value.OwnerId, cancellationToken))
        {
            return CompanyErrors.OwnerUnknown(merged.Value.OwnerId);
        }

        var now = time.GetUtcNow();
        var before = CompanySnapshot.Of(target);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await MergedEntries.MoveAsync(db, RecordKind.Company, command.MergeIds!, target.Id.Value, cancellationToken);
        var links = await RelinkContactsAsync(ids, target.Id, cancellationToken);
        var children = await AdoptSubsidiariesAsync(ids, target.Id, cancellationToken);
        target.Update(merged.Value.Details, merged.Value.ParentCompanyId, now);
        target.AssignOwner(merged.Value.OwnerId, now);
        sources.ForEach(s => s.FoldInto(target.Id));
        var merge = CompanyMerge.Record(target.Id.Value, command.MergeIds!, before, moved, links, children, currentUser.Id, now);
        db.CompanyMerges.Add(merge);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CompanyMergeResult(MergeResponse.From(merge), CompanyResponse.From(target));
    }

    /// <summary>Links every contact of the merged companies (merged-away contacts too) to the kept one; returns their links as they were.</summary>
    private async Task<List<MovedLink>> RelinkContactsAsync(List<CompanyId> ids, CompanyId target, CancellationToken cancellationToken)
    {
        var from = ids.Where(id => id != target).ToHashSet();
        var sourceIds = from.ToList();
        var contacts = await db.Contacts.IgnoreQueryFilters().Where(c => c.Companies.Any(l => sourceIds.Contains(l.CompanyId))).ToListAsync(cancellationToken);
        var before = contacts.SelectMany(c => c.Companies.Where(l => ids.Contains(l.CompanyId)).Select(l => new MovedLink(c.Id.Value, l.CompanyId.Value, l.Role, l.IsPrimary))).ToList();
        contacts.ForEach(c => c.RepointCompanies(from, target));
        return before;
    }

    private async Task<List<MovedChild>> AdoptSubsidiariesAsync(List<CompanyId> ids, CompanyId target, CancellationToken cancellationToken)
    {
        var sources = ids.Where(id => id != target).Select(id => (CompanyId?)id).ToList();
        var children = await db.Companies.Where(c => sources.Contains(c.ParentCompanyId) && !ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var moved = children.ConvertAll(c => new MovedChild(c.Id.Value, c.ParentCompanyId!.Value.Value));
        children.ForEach(c => c.MoveUnder(target));
        return moved;
    }
}
