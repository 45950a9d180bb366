#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, the two icons and the localization files at its root) for
# upload in Teams (Apps > Manage your apps > Upload an app) or the Teams Admin Center.
#
#   MICROSOFT_APP_ID=<bot app id> BOT_DOMAIN=<bot host name> [TEAMS_APP_ID=<guid>] ./package.sh [output.zip]
#
# MICROSOFT_APP_ID is the Azure Bot's app id (the managed identity's client id for UserAssignedMSI: the
# `botAppId` output of deploymentTemplates/azure/main.bicep). BOT_DOMAIN is the bot's host name without https://
# (the `botHostName` output). TEAMS_APP_ID identifies the Teams app; it defaults to MICROSOFT_APP_ID, and must stay the
# same across versions of the package so Teams treats an upload as an update.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'
: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the bot's Microsoft App ID (a GUID)}"
: "${BOT_DOMAIN:?set BOT_DOMAIN to the bot's host name, e.g. integrationbot-prod.azurewebsites.net}"
TEAMS_APP_ID="${TEAMS_APP_ID:-$MICROSOFT_APP_ID}"
[[ "$MICROSOFT_APP_ID" =~ $guid ]] || { echo "MICROSOFT_APP_ID is not a GUID: $MICROSOFT_APP_ID" >&2; exit 2; }
[[ "$TEAMS_APP_ID" =~ $guid ]] || { echo "TEAMS_APP_ID is not a GUID: $TEAMS_APP_ID" >&2; exit 2; }
BOT_DOMAIN="${BOT_DOMAIN#https://}"
BOT_DOMAIN="${BOT_DOMAIN%%/*}"

output="$(realpath -m "${1:-$here/build/integrationbot-teams.zip}")"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

sed -e "s/{{MICROSOFT_APP_ID}}/$MICROSOFT_APP_ID/g" \
    -e "s/{{TEAMS_APP_ID}}/$TEAMS_APP_ID/g" \
    -e "s/{{BOT_DOMAIN}}/$BOT_DOMAIN/g" \
    "$here/manifest.json" > "$staging/manifest.json"
if grep -q '{{' "$staging/manifest.json"; then
    echo "manifest.json still has placeholders:" >&2
    grep -o '{{[A-Z_]*}}' "$staging/manifest.json" | sort -u >&2
    exit 2
fi
cp "$here/color.png" "$here/outline.png" "$here"/localization/*.json "$staging/"

mkdir -p "$(dirname "$output")"
rm -f "$output"
if command -v zip >/dev/null; then
    (cd "$staging" && zip -q -X "$output" ./*)
else
    (cd "$staging" && python3 -m zipfile -c "$output" ./*)
fi
echo "$output"
