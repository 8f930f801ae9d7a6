namespace MlEngineerSite.Hosting;

/// <summary>
/// Whether a value from the URL can name something: model binding turns a blank segment
/// (<c>/articles/%20</c>) into null, which once reached a dictionary and answered 500. No slug or
/// section ID is longer than this, or holds a control character.
/// </summary>
public static class RouteValue
{
    public const int MaxLength = 200;

    public static bool IsUsable([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= MaxLength && !value.Any(char.IsControl);
}
