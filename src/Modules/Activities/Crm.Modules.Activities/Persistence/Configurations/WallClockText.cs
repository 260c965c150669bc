using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Activities.Persistence.Configurations;

/// <summary>
/// A wall-clock time of some IANA zone (an appointment's, an assignee's) kept as text <c>yyyy-MM-ddTHH:mm</c>, so no
/// provider reads a zone into it.
/// </summary>
internal static class WallClockText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm";

    public const int Length = 16;

    public static ValueConverter<DateTime, string> Converter { get; } = new(v => ToText(v), v => FromText(v));

    public static string ToText(DateTime value) => value.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTime FromText(string value) => DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture);
}
