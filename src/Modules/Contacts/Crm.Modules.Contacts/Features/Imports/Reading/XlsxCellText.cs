using System.Globalization;

namespace Crm.Modules.Contacts.Features.Imports.Reading;

/// <summary>A cell's value as text, the same whatever the server's culture.</summary>
internal static class XlsxCellText
{
    // Beyond this a double does not fit a decimal.
    private const double DecimalLimit = 7.9e28;

    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text.Trim(),

        // Through decimal, numbers never take an exponent: a phone stored as 612345678 stays "612345678".
        double number when Math.Abs(number) < DecimalLimit => ((decimal)number).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? string.Empty,
    };
}
