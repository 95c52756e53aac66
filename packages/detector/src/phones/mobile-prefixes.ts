/**
 * Mobile prefixes (with the leading 0) after the 2018 switch to 10 digits, by the network
 * they were assigned to.
 */
export const MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '032': 'Viettel', '033': 'Viettel', '034': 'Viettel', '035': 'Viettel', '036': 'Viettel',
  '037': 'Viettel', '038': 'Viettel', '039': 'Viettel', '086': 'Viettel', '096': 'Viettel',
  '097': 'Viettel', '098': 'Viettel',
  '081': 'VinaPhone', '082': 'VinaPhone', '083': 'VinaPhone', '084': 'VinaPhone',
  '085': 'VinaPhone', '088': 'VinaPhone', '091': 'VinaPhone', '094': 'VinaPhone',
  '070': 'MobiFone', '076': 'MobiFone', '077': 'MobiFone', '078': 'MobiFone', '079': 'MobiFone',
  '089': 'MobiFone', '090': 'MobiFone', '093': 'MobiFone',
  '052': 'Vietnamobile', '056': 'Vietnamobile', '058': 'Vietnamobile', '092': 'Vietnamobile',
  '059': 'Gmobile', '099': 'Gmobile',
  '087': 'Itelecom',
  '055': 'Wintel (Reddi)',
};

/** The old 11-digit prefixes and the 10-digit prefix each became in 2018. */
export const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
  '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082',
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037',
  '0168': '038', '0169': '039',
  '0186': '056', '0188': '058',
  '0199': '059',
};
