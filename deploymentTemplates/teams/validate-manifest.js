#!/usr/bin/env node
// Validates a Teams app folder (manifest.json + localization files) against the JSON schemas shipped in
// @microsoft/app-manifest, offline. Usage: node validate-manifest.js [folder]; placeholders like {{MICROSOFT_APP_ID}}
// are replaced with sample values first, as package.sh replaces them with real ones.
// Exit code 0 = valid; 1 = invalid (errors on stderr); 2 = usage or setup problem.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const folder = path.resolve(process.argv[2] || __dirname);
const samples = {
  TEAMS_APP_ID: "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b",
  MICROSOFT_APP_ID: "5d2d7b43-9b8a-4c55-8f55-2f1e0c0a7d11",
  BOT_DOMAIN: "integrationbot.azurewebsites.net",
};

function load(file) {
  const text = fs.readFileSync(file, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (m, name) => samples[name] ?? m);
  return JSON.parse(text);
}

function schema(version, kind) {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams${kind}.schema.json`);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

// The localization schema has patterns that are valid only without the u flag (e.g. "\b]"), like the Teams validator runs them.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const manifest = load(path.join(folder, "manifest.json"));
const version = manifest.manifestVersion;
let failures = 0;

function check(name, validate, document) {
  if (validate(document)) {
    console.log(`valid: ${name}`);
    return;
  }
  failures++;
  for (const error of validate.errors) console.error(`${name}: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
}

check("manifest.json", ajv.compile(schema(version, "")), manifest);
const localization = ajv.compile(schema(version, ".Localization"));
const info = manifest.localizationInfo || { additionalLanguages: [] };
const files = [info.defaultLanguageFile, ...info.additionalLanguages.map((l) => l.file)].filter(Boolean);
for (const file of files) check(file, localization, load(path.join(folder, "localization", file)));
process.exit(failures === 0 ? 0 : 1);
