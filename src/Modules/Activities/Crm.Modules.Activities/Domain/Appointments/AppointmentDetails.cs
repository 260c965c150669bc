using Crm.Shared.Kernel;

namespace Crm.Modules.Activities.Domain.Appointments;

/// <summary>What an appointment says, checked: a title, an optional description, place, video link and related record.</summary>
internal sealed record AppointmentDetails(string Title, string? Description, string? Location, string? VideoLink, string? RelatedType, Guid? RelatedId)
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 5000;
    public const int LocationMaxLength = 500;
    public const int VideoLinkMaxLength = 2000;

    public static IReadOnlyList<string> RelatedTypes { get; } = ["contact", "company", "deal", "ticket"];

    public static Result<AppointmentDetails> Create(string? title, string? description, string? location, string? videoLink, string? relatedType, Guid? relatedId)
    {
        var trimmed = title?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > TitleMaxLength)
        {
            return Error.Validation("appointment.title_invalid", $"An appointment needs a title of 1 to {TitleMaxLength} characters.");
        }

        var text = Blank(description);
        if (text?.Length > DescriptionMaxLength)
        {
            return Error.Validation("appointment.description_too_long", $"An appointment's description holds at most {DescriptionMaxLength} characters.");
        }

        var place = Blank(location);
        if (place?.Length > LocationMaxLength)
        {
            return Error.Validation("appointment.location_too_long", $"A location holds at most {LocationMaxLength} characters.");
        }

        var link = Blank(videoLink);
        if (link is not null && (link.Length > VideoLinkMaxLength
            || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            return Error.Validation("appointment.video_link_invalid", "A video link is an http or https address.");
        }

        if ((relatedType is null) != (relatedId is null) || (relatedType is not null && !RelatedTypes.Contains(relatedType)))
        {
            return Error.Validation("appointment.related_invalid", $"A related record is a type ({string.Join(", ", RelatedTypes)}) and an id, both given.");
        }

        return new AppointmentDetails(trimmed, text, place, link, relatedType, relatedId);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
