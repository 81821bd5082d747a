// Strings of offline use: the "new version" banner and the "you are offline" messages.
export default {
  updateAvailable: 'Сайттың жаңа нұсқасы бар.',
  reload: 'Қайта жүктеу',
  offlineTitle: 'Сіз интернетке қосылмағансыз',
  dataOffline: 'Бұл деректер жинағы бұл құрылғыда әлі сақталмаған. Интернетке қосылып, қайталап көріңіз.',
  viewOffline: 'Бұл бет бұл құрылғыда әлі сақталмаған. Интернетке қосылып, бетті қайта жүктеңіз.',
};
