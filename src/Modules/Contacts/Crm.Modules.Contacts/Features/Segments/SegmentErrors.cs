using Crm.Shared.Kernel;

namespace Crm.Modules.Contacts.Features.Segments;

internal static class SegmentErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("segment.not_found", $"No segment has the id {id}.");

    public static Error NotStatic => Error.RuleBroken("segment.not_static", "Contacts are put in and taken out of static segments only; a dynamic segment holds whoever meets its filters.");
}
